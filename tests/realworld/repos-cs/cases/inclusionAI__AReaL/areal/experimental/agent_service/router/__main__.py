stub: upstream file of 1445 bytes
