stub: upstream file of 459444 bytes
