stub: upstream file of 14457 bytes
