stub: upstream file of 11772 bytes
