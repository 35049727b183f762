stub: upstream file of 26849 bytes
