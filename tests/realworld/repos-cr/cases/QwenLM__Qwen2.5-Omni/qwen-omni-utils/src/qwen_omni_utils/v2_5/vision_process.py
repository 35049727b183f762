stub: upstream file of 14651 bytes
