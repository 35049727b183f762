stub: upstream file of 7519 bytes
