stub: upstream file of 38147 bytes
