stub: upstream file of 48426 bytes
