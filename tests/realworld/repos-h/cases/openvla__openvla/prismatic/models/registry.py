stub: upstream file of 26279 bytes
