stub: upstream file of 25687 bytes
