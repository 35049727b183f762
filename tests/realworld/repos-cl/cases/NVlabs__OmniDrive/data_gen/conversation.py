stub: upstream file of 10739 bytes
