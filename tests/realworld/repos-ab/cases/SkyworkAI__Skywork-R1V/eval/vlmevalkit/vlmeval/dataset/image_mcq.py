stub: upstream file of 82494 bytes
