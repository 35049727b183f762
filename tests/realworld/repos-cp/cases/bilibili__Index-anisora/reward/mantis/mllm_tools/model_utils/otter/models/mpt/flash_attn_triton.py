stub: upstream file of 33201 bytes
