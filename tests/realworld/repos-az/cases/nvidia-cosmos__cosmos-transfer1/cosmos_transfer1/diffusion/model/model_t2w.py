stub: upstream file of 10769 bytes
