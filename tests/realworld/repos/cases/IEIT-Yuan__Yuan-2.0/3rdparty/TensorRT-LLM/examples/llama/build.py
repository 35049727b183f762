stub: upstream file of 38002 bytes
