stub: upstream file of 7433 bytes
