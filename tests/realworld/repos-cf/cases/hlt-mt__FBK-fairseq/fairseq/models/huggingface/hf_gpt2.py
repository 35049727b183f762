stub: upstream file of 5769 bytes
