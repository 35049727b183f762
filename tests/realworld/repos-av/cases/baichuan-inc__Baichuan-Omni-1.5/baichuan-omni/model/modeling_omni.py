stub: upstream file of 45465 bytes
