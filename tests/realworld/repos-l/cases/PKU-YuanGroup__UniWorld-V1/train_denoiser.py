stub: upstream file of 90739 bytes
