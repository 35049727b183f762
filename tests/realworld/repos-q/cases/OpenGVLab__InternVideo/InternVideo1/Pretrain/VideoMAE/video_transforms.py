stub: upstream file of 43979 bytes
