stub: upstream file of 672 bytes
