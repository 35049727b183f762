stub: upstream file of 37738 bytes
