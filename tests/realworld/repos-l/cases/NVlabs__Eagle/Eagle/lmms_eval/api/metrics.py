stub: upstream file of 12174 bytes
