stub: upstream file of 19676 bytes
