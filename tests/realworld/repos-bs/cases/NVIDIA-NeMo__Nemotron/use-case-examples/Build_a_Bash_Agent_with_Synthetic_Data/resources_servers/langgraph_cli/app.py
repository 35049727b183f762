stub: upstream file of 9746 bytes
