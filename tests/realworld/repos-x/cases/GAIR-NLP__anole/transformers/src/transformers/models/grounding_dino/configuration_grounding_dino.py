stub: upstream file of 14782 bytes
