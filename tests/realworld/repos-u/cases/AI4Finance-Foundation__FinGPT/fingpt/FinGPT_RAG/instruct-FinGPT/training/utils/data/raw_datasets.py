stub: upstream file of 27091 bytes
