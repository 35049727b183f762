stub: upstream file of 52951 bytes
