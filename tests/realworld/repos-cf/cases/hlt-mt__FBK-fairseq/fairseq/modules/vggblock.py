stub: upstream file of 4057 bytes
