stub: upstream file of 42926 bytes
