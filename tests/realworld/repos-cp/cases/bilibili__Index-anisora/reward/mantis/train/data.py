stub: upstream file of 48297 bytes
