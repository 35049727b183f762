stub: upstream file of 20587 bytes
