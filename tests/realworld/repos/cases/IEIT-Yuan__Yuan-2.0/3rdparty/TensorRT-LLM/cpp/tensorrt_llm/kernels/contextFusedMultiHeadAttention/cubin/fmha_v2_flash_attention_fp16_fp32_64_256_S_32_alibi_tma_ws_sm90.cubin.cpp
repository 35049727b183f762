stub: upstream file of 2414570 bytes
