stub: upstream file of 32618 bytes
