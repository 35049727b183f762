stub: upstream file of 21734 bytes
