stub: upstream file of 7769 bytes
