stub: upstream file of 14587 bytes
