stub: upstream file of 23184 bytes
