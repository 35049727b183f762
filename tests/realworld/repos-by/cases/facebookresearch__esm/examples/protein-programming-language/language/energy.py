stub: upstream file of 10805 bytes
