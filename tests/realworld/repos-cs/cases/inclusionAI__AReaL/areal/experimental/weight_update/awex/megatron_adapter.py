stub: upstream file of 20984 bytes
