stub: upstream file of 10611 bytes
