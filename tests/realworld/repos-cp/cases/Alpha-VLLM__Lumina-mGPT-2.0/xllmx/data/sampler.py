stub: upstream file of 8569 bytes
