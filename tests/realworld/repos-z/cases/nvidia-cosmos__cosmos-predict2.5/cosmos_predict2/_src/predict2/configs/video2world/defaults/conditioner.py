stub: upstream file of 14037 bytes
