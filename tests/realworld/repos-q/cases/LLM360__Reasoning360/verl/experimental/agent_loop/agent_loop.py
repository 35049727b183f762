stub: upstream file of 22110 bytes
