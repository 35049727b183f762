stub: upstream file of 33739 bytes
