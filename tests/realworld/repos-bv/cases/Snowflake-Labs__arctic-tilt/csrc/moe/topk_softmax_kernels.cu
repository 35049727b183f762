stub: upstream file of 20895 bytes
