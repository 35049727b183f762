stub: upstream file of 2567690 bytes
