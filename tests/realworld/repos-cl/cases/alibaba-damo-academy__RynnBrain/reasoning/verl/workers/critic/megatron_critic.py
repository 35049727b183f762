stub: upstream file of 14152 bytes
