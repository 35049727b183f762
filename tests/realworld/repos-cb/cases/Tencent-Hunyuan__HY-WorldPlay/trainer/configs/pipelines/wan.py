stub: upstream file of 4210 bytes
