stub: upstream file of 7607 bytes
