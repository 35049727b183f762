stub: upstream file of 34433 bytes
