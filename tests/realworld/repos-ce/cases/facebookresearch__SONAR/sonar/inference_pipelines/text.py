stub: upstream file of 12739 bytes
