stub: upstream file of 20048 bytes
