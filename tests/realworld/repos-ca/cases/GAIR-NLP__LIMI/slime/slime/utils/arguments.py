stub: upstream file of 43914 bytes
